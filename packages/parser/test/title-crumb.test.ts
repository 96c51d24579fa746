import { describe, expect, it } from 'vitest';
import { lastCrumb } from '../src/text/title-crumb.js';

describe('the last part of a breadcrumb trail', () => {
  it("is the page's name, after labels of three words at most", () => {
    expect(lastCrumb('Home » Recipes » Cakes » Lemon cake from the tray')).toBe('Lemon cake from the tray');
    expect(lastCrumb('You are here: Home / Garden / Small balcony ideas for the summer')).toBe(
      'Small balcony ideas for the summer',
    );
    expect(lastCrumb('Where am I:Home»News»Club names its new coach')).toBe('Club names its new coach');
    expect(lastCrumb('Home  »  Clothing • Tools • Partner  »  Heated jackets tested')).toBe(
      'Heated jackets tested',
    );
  });

  it('is none on a headline with one separator, a menu, or a trail whose labels are long', () => {
    expect(lastCrumb('Council opens the bridge / Traffic')).toBeNull();
    expect(lastCrumb('News » Sport » Weather')).toBeNull();
    expect(lastCrumb('Home » The long story of our village church » Bells')).toBeNull();
  });
});

import { z } from 'zod';
import { ActorKind } from './briefing.js';

/** One real-world entity and the names sources call it by. */
export const GazetteerEntry = z.object({
  name: z.string().min(1),
  kind: ActorKind.default('other'),
  aliases: z.array(z.string().min(1)).default([]),
});
export type GazetteerEntry = z.infer<typeof GazetteerEntry>;

/** What a config file can say about an outlet: its country and type (state media, think tank, ...). */
export const OutletInfo = z.object({
  name: z.string().min(1),
  country: z.string().optional(),
  type: z.string().optional(),
});
export type OutletInfo = z.infer<typeof OutletInfo>;

type Entry = [name: string, kind: GazetteerEntry['kind'], aliases: string[]];

const ENTRIES: Entry[] = [
  [
    'United States',
    'country',
    ['US', 'U.S.', 'USA', 'America', 'American', 'Americans', 'Washington', 'United States of America'],
  ],
  ['Iraq', 'country', ['Iraqi', 'Iraqis', 'Baghdad', 'Republic of Iraq']],
  ['Iran', 'country', ['Iranian', 'Iranians', 'Tehran', 'Islamic Republic of Iran', 'Islamic Republic']],
  ['Syria', 'country', ['Syrian', 'Damascus']],
  ['Israel', 'country', ['Israeli', 'Zionist regime', 'Israeli regime', 'Tel Aviv']],
  ['Turkey', 'country', ['Turkish', 'Türkiye', 'Ankara']],
  ['Saudi Arabia', 'country', ['Saudi', 'Riyadh']],
  ['Russia', 'country', ['Russian', 'Moscow', 'Kremlin']],
  ['China', 'country', ['Chinese', 'Beijing']],
  ['United Kingdom', 'country', ['UK', 'U.K.', 'Britain', 'British', 'London']],
  ['France', 'country', ['French', 'Paris']],
  ['Germany', 'country', ['German', 'Berlin']],
  ['Japan', 'country', ['Japanese', 'Tokyo']],
  ['Lebanon', 'country', ['Lebanese', 'Beirut']],
  ['Yemen', 'country', ['Yemeni']],
  ['Jordan', 'country', ['Jordanian', 'Amman']],
  ['Kuwait', 'country', ['Kuwaiti']],
  ['Qatar', 'country', ['Qatari', 'Doha']],
  ['Egypt', 'country', ['Egyptian', 'Cairo']],
  ['Afghanistan', 'country', ['Afghan', 'Kabul']],
  ['Ukraine', 'country', ['Ukrainian', 'Kyiv']],
  ['Palestine', 'country', ['Palestinian', 'Palestinians', 'Gaza', 'West Bank']],
  ['NATO', 'organisation', ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation']],
  ['European Union', 'organisation', ['EU', 'E.U.']],
  ['United Nations', 'organisation', ['UN', 'U.N.', 'UN Security Council', 'Security Council']],
  ['Gulf Cooperation Council', 'organisation', ['GCC', 'Persian Gulf Cooperation Council']],
  [
    'Global Coalition against ISIS',
    'organisation',
    [
      'international coalition',
      'US-led coalition',
      'anti-ISIS coalition',
      'Operation Inherent Resolve',
      'Combined Joint Task Force',
      'Western anti-ISIS coalition',
      'anti-jihadist coalition',
    ],
  ],
  [
    'Pentagon',
    'organisation',
    ['US Department of Defense', 'Department of Defense', 'Defense Department', 'US Defense Department'],
  ],
  ['White House', 'organisation', []],
  ['US State Department', 'organisation', ['State Department', 'Department of State']],
  ['US Central Command', 'organisation', ['CENTCOM']],
  [
    'Iraqi parliament',
    'organisation',
    [
      'Council of Representatives',
      "Iraq's parliament",
      "Iraq's lawmakers",
      'Iraqi lawmakers',
      'Iraqi Parliament',
    ],
  ],
  [
    'Iraqi Armed Forces',
    'organisation',
    ['Iraqi army', 'Iraqi military', 'Iraqi security forces', 'Iraqi forces'],
  ],
  ['Counter-Terrorism Service', 'organisation', ['Counter Terrorism Service', 'CTS']],
  [
    'Kurdistan Region',
    'organisation',
    ['Kurdistan Regional Government', 'KRG', 'Iraqi Kurdistan', 'Kurdistan region', 'Kurdish region'],
  ],
  ['Islamic Revolutionary Guard Corps', 'armed-group', ['IRGC', 'Revolutionary Guards', 'Quds Force']],
  [
    'ISIS',
    'armed-group',
    [
      'Islamic State',
      'Islamic State of Iraq and Syria',
      'ISIL',
      'Daesh',
      'Islamic State of Iraq and the Levant',
    ],
  ],
  [
    'Popular Mobilization Forces',
    'armed-group',
    [
      'PMF',
      'Popular Mobilisation Forces',
      'Hashd al-Shaabi',
      'Hashd al-Shabbi',
      'al-Hashd al-Shaabi',
      'Popular Mobilization Units',
      'PMU',
    ],
  ],
  ['Peshmerga', 'armed-group', ['Kurdish Peshmerga', 'Peshmerga forces']],
  ['Islamic Resistance in Iraq', 'armed-group', []],
  ['Kataib Hezbollah', 'armed-group', ["Kata'ib Hezbollah"]],
  ['Hezbollah', 'armed-group', ['Hizbullah', 'Hizballah']],
  ['Hamas', 'armed-group', []],
  ['Houthis', 'armed-group', ['Ansarullah', 'Ansar Allah', 'Houthi']],
  ['Al-Qaeda', 'armed-group', ['al-Qaeda', 'Al Qaeda', 'al Qaeda']],
  ['Taliban', 'armed-group', []],
  ['Joe Biden', 'person', ['Biden', 'President Biden', 'Joseph Biden']],
  ['Donald Trump', 'person', ['Trump']],
  ['Mohammed Shia al-Sudani', 'person', ['Mohammed Shiaa al-Sudani', 'al-Sudani', 'Sudani']],
  ['Jake Sullivan', 'person', ['Sullivan']],
  ['Jens Stoltenberg', 'person', ['Stoltenberg']],
  ['Qassem Soleimani', 'person', ['Soleimani', 'Qasem Soleimani']],
  ['Abu Mahdi al-Muhandis', 'person', ['al-Muhandis', 'Muhandis']],
  ['Ali Khamenei', 'person', ['Khamenei']],
  ['Bashar al-Assad', 'person', ['al-Assad', 'Assad']],
  ['Nouri al-Maliki', 'person', ['al-Maliki', 'Maliki']],
  ['George W. Bush', 'person', ['Bush']],
];

/**
 * The built-in gazetteer of states, alliances, armed groups, institutions and leaders, with aliases.
 * @returns a fresh copy of the entries
 */
export function defaultGazetteer(): GazetteerEntry[] {
  return ENTRIES.map(([name, kind, aliases]) => ({ name, kind, aliases: [...aliases] }));
}

/**
 * Adds a config's entries to a gazetteer: an entry whose name exists gains the aliases; a new name is
 * a new actor.
 * @param base the entries to extend (not modified)
 * @param extra entries from the config's `aliases`
 * @returns the merged entries
 */
export function extendGazetteer(
  base: readonly GazetteerEntry[],
  extra: readonly GazetteerEntry[],
): GazetteerEntry[] {
  const out = base.map((e) => ({ ...e, aliases: [...e.aliases] }));
  for (const e of extra) {
    const known = out.find((o) => o.name === e.name || o.aliases.includes(e.name));
    if (known) known.aliases.push(...e.aliases.filter((a) => !known.aliases.includes(a)));
    else out.push({ ...e, aliases: [...e.aliases] });
  }
  return out;
}

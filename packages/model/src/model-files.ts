import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/**
 * The package's own `package.json`, found through the package's name rather than this file's place,
 * so that data files are also found from a bundle of the CLI.
 */
const PACKAGE_JSON = createRequire(import.meta.url).resolve('@briefing/model/package.json');

/**
 * A file shipped in this package (`data/`, `packs/`, `models/`).
 * @param relative the path inside the package, e.g. `packs/middle-east-security.yaml`
 * @returns its file URL
 */
export function modelFile(relative: string): URL {
  return new URL(relative, pathToFileURL(PACKAGE_JSON));
}

/**
 * Loads a dependency of this package (a JSON data package) as this package would, also from a bundle.
 * @param id the module id, e.g. `world-countries/countries.json`
 */
export function requireFromModel(id: string): unknown {
  return createRequire(PACKAGE_JSON)(id);
}

/**
 * The path of a file of a dependency of this package, found as this package would, also from a bundle.
 * @param id the module id, e.g. `world-countries/countries.json`
 */
export function modelDependencyFile(id: string): string {
  return createRequire(PACKAGE_JSON).resolve(id);
}

// Writes imsmanifest.xml for a SCORM 1.2 or SCORM 2004 4th edition package:
// one organization, one item and one SCO resource (with its own small launch
// page) per launch, and one shared asset resource listing every file of the built site. Pure, so tests can
// check the XML without building anything.

export type ScormVersion = '1.2' | '2004';
export const SCORM_VERSIONS: readonly ScormVersion[] = ['1.2', '2004'];

export interface ManifestItem {
  /** The item's xs:ID; its SCO resource gets the same id with "-res" appended. */
  identifier: string;
  title: string;
  /** IMS CP launch parameters, appended by the LMS to the SCO's href (e.g. "?scorm=1.2&track=x&lang=es"). */
  parameters: string;
  /** The language the package opens the game in (its launch page is marked so); absent: the learner's own. */
  language?: string;
}

export interface ManifestInput {
  version: ScormVersion;
  identifier: string;
  title: string;
  items: readonly ManifestItem[];
  /** Every file of the built site, relative to the package root, with forward slashes. */
  files: readonly string[];
  /** The package's own version (the manifest's version attribute); defaults to "1.0". */
  manifestVersion?: string;
}

/** The built game, which reads its launch parameters from the URL. */
export const LAUNCH_PAGE = 'index.html';

/**
 * The page a SCO's resource launches: a small page of its own that opens the game with the item's parameters.
 * Some LMSs drop the manifest's `parameters`; the game would then not know which story or track the SCO is,
 * so each SCO carries them in its own launch page as well.
 */
export const scoLaunchPage = (itemIdentifier: string): string => `sco/${itemIdentifier}.html`;

/** The SCO's launch page: it goes straight on to the game, in the same frame or window, so the LMS's API stays in reach. */
export function scoLaunchHtml(item: ManifestItem): string {
  const target = escapeXml(`../${LAUNCH_PAGE}${item.parameters}`);
  const title = escapeXml(item.title);
  return [
    '<!doctype html>',
    `<html lang="${escapeXml(item.language ?? 'en')}"><head><meta charset="utf-8">`,
    `<title>${title}</title>`,
    `<meta http-equiv="refresh" content="0; url=${target}">`,
    `</head><body><p><a href="${target}">Open ${title}</a></p></body></html>`,
    '',
  ].join('\n');
}
const ASSET_RESOURCE_ID = 'site-files';

const NAMESPACES = {
  '1.2': {
    attributes: {
      xmlns: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
      'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    },
    schemaLocations: [
      ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
      ['http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'imsmd_rootv1p2p1.xsd'],
      ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
    ],
    schemaversion: '1.2',
    // The two versions spell the attribute differently, and LMS importers match it exactly.
    scormTypeAttribute: 'adlcp:scormtype',
  },
  '2004': {
    attributes: {
      xmlns: 'http://www.imsglobal.org/xsd/imscp_v1p1',
      'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_v1p3',
      'xmlns:adlseq': 'http://www.adlnet.org/xsd/adlseq_v1p3',
      'xmlns:adlnav': 'http://www.adlnet.org/xsd/adlnav_v1p3',
      'xmlns:imsss': 'http://www.imsglobal.org/xsd/imsss',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    },
    schemaLocations: [
      ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
      ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
      ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
      ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
      ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
    ],
    schemaversion: '2004 4th Edition',
    scormTypeAttribute: 'adlcp:scormType',
  },
} as const satisfies Record<ScormVersion, unknown>;

export const namespacesOf = (version: ScormVersion) => NAMESPACES[version];

/** The xs:ID (NCName) rule: a letter or underscore first, then letters, digits, ".", "-" or "_". ASCII only, which every LMS accepts. */
export const isXsId = (text: string): boolean => /^[A-Za-z_][A-Za-z0-9._-]*$/.test(text);

/** Turns any text into a valid xs:ID, keeping it readable. */
export function toXsId(text: string, prefix = 'id'): string {
  const cleaned = text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return isXsId(cleaned) ? cleaned : `${prefix}-${cleaned || 'x'}`;
}

function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

/** An href is a URI reference: a file named with spaces or "#" must be percent-encoded or the LMS looks for the wrong file. */
const fileHref = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

const resourceIdOf = (itemIdentifier: string): string => `${itemIdentifier}-res`;

export function buildManifest(input: ManifestInput): string {
  checkInput(input);
  const ns = NAMESPACES[input.version];
  const attr = (name: string, value: string) => ` ${name}="${escapeXml(value)}"`;
  const files = [...new Set(input.files)].sort();
  const organizationId = `${input.identifier}-org`;
  const schemaLocation = ns.schemaLocations.map(([uri, file]) => `${uri} ${file}`).join(' ');

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest${attr('identifier', input.identifier)}${attr('version', input.manifestVersion ?? '1.0')}` +
      Object.entries(ns.attributes)
        .map(([name, value]) => attr(name, value))
        .join('') +
      `${attr('xsi:schemaLocation', schemaLocation)}>`,
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    `    <schemaversion>${ns.schemaversion}</schemaversion>`,
    '  </metadata>',
    `  <organizations${attr('default', organizationId)}>`,
    `    <organization${attr('identifier', organizationId)}>`,
    `      <title>${escapeXml(input.title)}</title>`,
    ...input.items.map(
      (item) =>
        `      <item${attr('identifier', item.identifier)}${attr('identifierref', resourceIdOf(item.identifier))}${attr('parameters', item.parameters)}>` +
        `<title>${escapeXml(item.title)}</title></item>`,
    ),
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    ...input.items.flatMap((item) => [
      `    <resource${attr('identifier', resourceIdOf(item.identifier))} type="webcontent"${attr(ns.scormTypeAttribute, 'sco')}${attr('href', scoLaunchPage(item.identifier))}>`,
      `      <file${attr('href', scoLaunchPage(item.identifier))}/>`,
      `      <dependency${attr('identifierref', ASSET_RESOURCE_ID)}/>`,
      '    </resource>',
    ]),
    `    <resource${attr('identifier', ASSET_RESOURCE_ID)} type="webcontent"${attr(ns.scormTypeAttribute, 'asset')}>`,
    ...files.map((file) => `      <file${attr('href', fileHref(file))}/>`),
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ];
  return lines.join('\n');
}

/** Mistakes here would only show up as a refused import in someone's LMS, so they stop the build instead. */
function checkInput(input: ManifestInput): void {
  if (input.items.length === 0) throw new Error('a SCORM package needs at least one item to launch');
  // SCORM's "smallest permitted maximum" for a title: an LMS may cut or refuse anything longer.
  for (const title of [input.title, ...input.items.map((i) => i.title)]) {
    if (!title.trim()) throw new Error('a title in the manifest is empty');
    if (title.length > 200)
      throw new Error(`the title "${title.slice(0, 40)}…" is longer than the 200 characters every LMS must accept`);
  }
  const ids = [
    input.identifier,
    `${input.identifier}-org`,
    ASSET_RESOURCE_ID,
    ...input.items.flatMap((i) => [i.identifier, resourceIdOf(i.identifier)]),
  ];
  const seen = new Set<string>();
  for (const id of ids) {
    if (!isXsId(id))
      throw new Error(
        `"${id}" is not a valid identifier (xs:ID): start with a letter or "_", then letters, digits, ".", "-" or "_"`,
      );
    if (seen.has(id)) throw new Error(`the identifier "${id}" is used twice in the manifest`);
    seen.add(id);
  }
  if (!input.files.includes(LAUNCH_PAGE)) throw new Error(`the site has no ${LAUNCH_PAGE} for the SCOs to launch`);
  for (const file of input.files)
    if (
      !file ||
      file.startsWith('/') ||
      file.includes('\\') ||
      file.split('/').some((part) => part === '' || part === '.' || part === '..')
    )
      throw new Error(`"${file}" is not a relative path with forward slashes`);
}

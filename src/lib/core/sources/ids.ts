/**
 * Stable ids for published workspaces. Every device that opens the same sources file must put
 * the same source into the same workspace (so a second sync updates it instead of adding a
 * copy), and two apps served from different paths of one origin share IndexedDB, so the id
 * includes the sources file's URL, not only the workspace's name.
 */

/** cyrb53: a fast 53-bit string hash (not cryptographic; collisions only need to be unlikely). */
export function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export const PUBLISHED_PREFIX = 'pub-';

export function publishedWorkspaceId(sourcesHref: string, workspaceName: string): string {
  return PUBLISHED_PREFIX + hash53(`${sourcesHref}\n${workspaceName}`).toString(36);
}

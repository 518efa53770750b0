// Where one learner's saved progress lives in this browser when an LMS launched the game. Learners who
// share a computer share its browser storage, so a play is kept under a key made from who the LMS says
// the learner is and which launch this is (the registration, the activity or SCO): another learner, or
// the same learner in another registration, finds nothing of it. The identity is hashed, so a learner's
// email address is never written into storage as a key.
import type { LaunchActor } from './launch.ts';
import { PROGRESS_KEY } from '../play/progress/progressKey.ts';

const LMS_PROGRESS_PREFIX = `${PROGRESS_KEY}.lms.`;

/** The actor's one identifier (xAPI Data 2.4.2.3), spelled so two different kinds can never collide. */
export function actorIdentifier(actor: LaunchActor): string {
  if (actor.mbox) return `mbox:${actor.mbox.toLowerCase()}`;
  if (actor.mbox_sha1sum) return `sha1:${actor.mbox_sha1sum.toLowerCase()}`;
  if (actor.openid) return `openid:${actor.openid}`;
  if (actor.account) return `account:${actor.account.homePage} ${actor.account.name}`;
  throw new Error('the actor has no identifier'); // the launch check (launch.ts) already refuses such an actor
}

/** The storage key for this learner and launch: the parts, hashed (SHA-256 where the page may use it). */
export async function learnerProgressKey(parts: readonly string[]): Promise<string> {
  const text = JSON.stringify(parts);
  return `${LMS_PROGRESS_PREFIX}${(await sha256Hex(text)) ?? `c53-${cyrb53Hex(text)}`}`;
}

/** Null where Web Crypto is not available: crypto.subtle exists only in secure (https) pages. */
async function sha256Hex(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * cyrb53, a small public-domain 53-bit string hash, for SCORM packages an LMS serves over plain http,
 * where crypto.subtle is missing. It only has to keep learners apart in one browser and keep the raw
 * identity out of the key; a given origin is either secure or not, so one learner always gets one key.
 */
function cyrb53Hex(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

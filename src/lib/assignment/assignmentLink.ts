/**
 * An assignment carried in a link's fragment (the part after #, which a browser never sends to a
 * server): JSON, compressed with zlib's deflate (whose Adler-32 check catches a link damaged in
 * copying), written in URL-safe base64 after a version mark. Reading a link gives the assignment
 * or a typed problem, never an exception: the page says what went wrong in its own language.
 *
 * CompressionStream is in every current browser and in Node, so the same code runs in the
 * instructor's page, the student's page and the tests.
 */
import { assignmentSchema, type Assignment } from '../../schemas/assignment.ts';

/** The fragment's version mark: a later format gets a new one, and old links still read. */
export const LINK_PREFIX = 'a1.';

/**
 * The longest fragment the course writes or reads: with up to 100 characters of page address it
 * stays within what the largest QR code holds at low error correction (2,953 bytes, version 40-L;
 * a code shown on a screen or a projector does not need more), so every link has its code.
 */
export const MAX_FRAGMENT_LENGTH = 2850;

export type LinkProblem =
  | { kind: 'missing' }
  | { kind: 'tooLong'; length: number }
  | { kind: 'unknownVersion' }
  | { kind: 'damaged' }
  | { kind: 'invalid'; paths: string[] };

export type LinkReading = { ok: true; assignment: Assignment } | { ok: false; problem: LinkProblem };

async function pipeBytes(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of URL-safe base64, or null if the text is not that. */
function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The fragment (without #) that carries this assignment. */
export async function assignmentFragment(assignment: Assignment): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(assignment));
  return LINK_PREFIX + toBase64Url(await pipeBytes(json, new CompressionStream('deflate')));
}

/** Reads a link's fragment (with or without its #) back into an assignment, or says what is wrong with it. */
export async function readAssignmentFragment(fragment: string): Promise<LinkReading> {
  const text = fragment.replace(/^#/, '').trim();
  if (text === '') return { ok: false, problem: { kind: 'missing' } };
  if (text.length > MAX_FRAGMENT_LENGTH) return { ok: false, problem: { kind: 'tooLong', length: text.length } };
  if (!text.startsWith(LINK_PREFIX)) return { ok: false, problem: { kind: 'unknownVersion' } };
  const compressed = fromBase64Url(text.slice(LINK_PREFIX.length));
  if (!compressed) return { ok: false, problem: { kind: 'damaged' } };
  let data: unknown;
  try {
    // fatal: bytes that are not UTF-8 are damage, not text with replacement characters.
    data = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(await pipeBytes(compressed, new DecompressionStream('deflate'))),
    );
  } catch {
    // A cut-off stream, a changed byte (Adler-32) or what decompresses to no JSON: all are damage.
    return { ok: false, problem: { kind: 'damaged' } };
  }
  const parsed = assignmentSchema.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      problem: { kind: 'invalid', paths: [...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))] },
    };
  return { ok: true, assignment: parsed.data };
}

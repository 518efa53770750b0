// How much of a V8 heap snapshot is compiled code. V8 keeps a function's bytecode and machine code on the
// JS heap, and it compiles more of them, at higher tiers, the longer a page runs the same code: over the
// bench's 50 plays that alone grew the heap by about 0.7 MB, while the objects the game holds grew by
// 0.1 MB (with Chromium's JIT compilers switched off, the whole heap grew by 1%). So the memory figure that
// says whether scenes leak is the heap without its code; both are reported.

/** The parts of Chromium's .heapsnapshot JSON read here. */
export interface HeapSnapshotJson {
  snapshot: { meta: { node_fields: string[]; node_types: unknown[] } };
  nodes: number[];
}

/** The bytes held by nodes of type "code" (machine code, bytecode and their tables). */
export function compiledCodeBytes(snapshot: HeapSnapshotJson): number {
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  if (!Array.isArray(types) || typeAt < 0 || sizeAt < 0)
    throw new Error('the heap snapshot has no node types or sizes');
  const code = types.indexOf('code');
  if (code < 0) throw new Error('the heap snapshot has no "code" node type');
  let bytes = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length)
    if (snapshot.nodes[i + typeAt] === code) bytes += snapshot.nodes[i + sizeAt] ?? 0;
  return bytes;
}

// The page of the comparison: reads the same bytes into the Rust engine (WebAssembly) and into
// arquero, times parse and compute on each side, and reads their memory (see run.mjs).
import init, { Engine } from '../../target/engine-bench/engine/engine.js';
import * as arqueroSide from './arquero.js';

/** Milliseconds taken by `work`, and what it returned. */
function timed(work) {
  const started = performance.now();
  const result = work();
  return [performance.now() - started, result];
}

/** The JS heap in use after a full garbage collection. */
function heapUsed() {
  globalThis.gc?.();
  return performance.memory.usedJSHeapSize;
}

/** One run of each side on the data at `path`, `repeats` times; returns timings, memory and
 * both summaries. */
window.runBench = async (path, repeats) => {
  const wasm = await init({ module_or_path: './engine/engine_bg.wasm' });
  const bytes = new Uint8Array(await (await fetch(path)).arrayBuffer());
  const runs = { engine: [], arquero: [] };
  let summaries = {};
  let arqueroHeap = 0;
  for (let round = 0; round < repeats; round += 1) {
    const [engineParse, engine] = timed(() => Engine.parse(bytes));
    const [engineCompute, engineSummary] = timed(() => engine.compute());
    engine.free();
    const [version] = timed(() => Engine.version(bytes));
    runs.engine.push({ parse: engineParse, compute: engineCompute, version });
    const heapBefore = heapUsed();
    const [arqueroParse, parsed] = timed(() => arqueroSide.parse(bytes));
    const heapAfterParse = performance.memory.usedJSHeapSize;
    const [arqueroCompute, arqueroSummary] = timed(() => arqueroSide.compute(parsed));
    const heapAfterCompute = performance.memory.usedJSHeapSize;
    runs.arquero.push({ parse: arqueroParse, compute: arqueroCompute });
    arqueroHeap = Math.max(arqueroHeap, heapAfterParse - heapBefore, heapAfterCompute - heapBefore);
    summaries = { engine: JSON.parse(engineSummary), arquero: arqueroSummary };
  }
  return { bytes: bytes.length, runs, wasmMemory: wasm.memory.buffer.byteLength, arqueroHeap, summaries };
};

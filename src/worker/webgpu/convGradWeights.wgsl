// ∂loss/∂kernel and ∂loss/∂bias of one convolution, both arms, as CHUNKS partial sums over interleaved
// slices of the batch that the optimiser adds up: a convolution has few weights, and one thread per
// weight would leave most of the GPU idle. Fixed summation order, no atomics, so a seed always gives
// the same numbers. One thread per (arm, chunk, kernel tap), all CO channels; one more per (arm, chunk)
// for the biases.

@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lid: u32) {
  let i = threadIndex(wid, nwg, lid);
  let taps = KH * KW * CI;
  if (i >= A * CHUNKS * (taps + 1u)) {
    return;
  }
  let t = i % (taps + 1u);
  let ac = i / (taps + 1u);
  let a = ac / CHUNKS;
  let c = ac % CHUNKS;
  let parts = GPART_OFF + ac * (taps + 1u) * CO;
  var sums: array<f32, CO>;
  if (t < taps) {
    let ci = t % CI;
    let kx = (t / CI) % KW;
    let ky = t / (CI * KW);
    for (var b = c; b < B; b += CHUNKS) {
      for (var y = 0u; y < OH; y++) {
        for (var x = 0u; x < OW; x++) {
          let v = inAt(a, b, y + ky, x + kx, ci);
          if (v != 0.0) {
            let d = DPRE_OFF + (((a * B + b) * OH + y) * OW + x) * CO;
            for (var co = 0u; co < CO; co++) {
              sums[co] += v * work[d + co];
            }
          }
        }
      }
    }
  } else {
    for (var b = c; b < B; b += CHUNKS) {
      for (var p = 0u; p < OH * OW; p++) {
        let d = DPRE_OFF + ((a * B + b) * OH * OW + p) * CO;
        for (var co = 0u; co < CO; co++) {
          sums[co] += work[d + co];
        }
      }
    }
  }
  for (var co = 0u; co < CO; co++) {
    work[parts + t * CO + co] = sums[co];
  }
}

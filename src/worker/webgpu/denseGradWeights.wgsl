// ∂loss/∂kernel and ∂loss/∂bias of one dense layer, both arms: one thread per weight, summing over the
// batch in order.

@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lid: u32) {
  let i = threadIndex(wid, nwg, lid);
  let perArm = IN * OUT + OUT;
  if (i >= A * perArm) {
    return;
  }
  let a = i / perArm;
  let w = i % perArm;
  var sum = 0.0;
  if (w < IN * OUT) {
    let k = w / OUT;
    let j = w % OUT;
    for (var b = 0u; b < B; b++) {
      sum += work[IN_OFF + (a * B + b) * IN + k] * dyAt(a, b, j);
    }
    grads[a * ARM_STRIDE + K_OFF + w] = sum;
  } else {
    let j = w - IN * OUT;
    for (var b = 0u; b < B; b++) {
      sum += dyAt(a, b, j);
    }
    grads[a * ARM_STRIDE + BIAS_OFF + j] = sum;
  }
}

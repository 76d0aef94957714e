// One optimiser step over every parameter of every arm (TF.js's Adam or momentum SGD, same float
// operations), weight decay wd·w added to the kernels' gradients. gradientAt adds up a convolution's
// per-chunk partial gradients here, so that reduction costs no dispatch of its own. Each workgroup also sums the squared
// kernels it saw before updating them, for the loss's wd/2·Σ‖K‖² term: a fixed tree, no atomics.
// ARM_STRIDE is a multiple of WG, so a workgroup never spans two arms.

var<workgroup> squares: array<f32, WG>;

@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lid: u32) {
  let group = wid.y * nwg.x + wid.x;
  let i = group * WG + lid;
  var square = 0.0;
  if (i < A * ARM_STRIDE) {
    let offset = i % ARM_STRIDE;
    let w = params[i];
    var g = gradientAt(i, i / ARM_STRIDE, offset);
    if (isKernel(offset)) {
      square = w * w;
      g += WEIGHT_DECAY * w;
    }
    if (offset < ARM_SIZE) {
      if (ADAM) {
        let m = state[M_OFF + i] * BETA1 + g * ONE_MINUS_BETA1;
        let v = state[V_OFF + i] * BETA2 + (g * g) * ONE_MINUS_BETA2;
        state[M_OFF + i] = m;
        state[V_OFF + i] = v;
        let mHat = m / (1.0 - state[ACC_BETA1]);
        let vHat = v / (1.0 - state[ACC_BETA2]);
        params[i] = mHat / (sqrt(vHat) + EPSILON) * -LEARNING_RATE + w;
      } else {
        let acc = MOMENTUM * state[M_OFF + i] + g;
        state[M_OFF + i] = acc;
        params[i] = -LEARNING_RATE * acc + w;
      }
    }
  }
  squares[lid] = square;
  workgroupBarrier();
  for (var half = WG / 2u; half > 0u; half /= 2u) {
    if (lid < half) {
      squares[lid] += squares[lid + half];
    }
    workgroupBarrier();
  }
  if (lid == 0u) {
    work[PARTIAL_OFF + group] = squares[0];
  }
}

/**
 * Node's counterpart of Vite's `?raw` imports, so scripts run by tsx load the same modules as the app
 * (the fused engine's WGSL): `node --import ./scripts/node/rawText.mjs`, which the package.json
 * scripts that run tsx pass.
 */
import { register } from 'node:module';

register('./rawTextHooks.mjs', import.meta.url);

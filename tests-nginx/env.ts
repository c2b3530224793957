import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { imageBuildArg } from '../scripts/image-build-args';

/** Where the nginx tests run: the simulated kube-helm, and nginx in front of the built app. */
export const SIM_PORT = Number(process.env.NGINX_TEST_SIM_PORT ?? 5601);
export const NGINX_PORT = Number(process.env.NGINX_TEST_PORT ?? 5602);
export const SIM_ORIGIN = `http://127.0.0.1:${String(SIM_PORT)}`;
export const NGINX_ORIGIN = `http://127.0.0.1:${String(NGINX_PORT)}`;

/** The base path the image is built with, and so the one these tests build and serve. */
export const BASE_PATH = imageBuildArg('BASE_PATH');

/** Where nginx-serve.sh puts the build (`html/`), the configuration and nginx's runtime files. */
export const NGINX_TEST_DIR = join(tmpdir(), `kaapana-extensions-nginx-${String(NGINX_PORT)}`);

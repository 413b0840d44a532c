// Serves a release build through Debian's nginx with the shipped configuration (atlas-http.conf
// and atlas.conf, included as a ministry's server includes them), at the root or under a
// sub-path. `bash .ci/serve`, the end-to-end tests and Lighthouse use it, so that what is
// tested is what is published.
//   node deploy/nginx/serve.mjs <dist> [--base /atlas/] [--port 8080]
import { join } from 'node:path';
import { serveFromCommandLine, startLocally } from '../local.mjs';

const HERE = new URL('.', import.meta.url).pathname;

/** The server block: the build at the root, or under `base` (then every other path is a 404,
 * as on a ministry site that does not know it, and `/atlas` redirects to `/atlas/`). */
function serverBlock({ dist, webRoot, base, port }) {
  const app = `include ${join(HERE, 'atlas.conf')};`;
  const body =
    base === '/'
      ? `root ${dist};\n        ${app}`
      : `root ${webRoot};\n        location = ${base.slice(0, -1)} { return 301 ${base}; }\n        location ${base} { ${app} }`;
  return `server {
        listen 127.0.0.1:${port};
        absolute_redirect off;
        set $atlas_base ${base};
        ${body}
    }`;
}

function configure(site) {
  const { prefix } = site;
  const asRoot = process.getuid?.() === 0;
  const configuration = `# Written by deploy/nginx/serve.mjs for a local run.
${asRoot ? 'user root root;  # the build may sit in a folder only its owner can read' : ''}
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
    access_log off;
    # A 404 is an answer the tests ask for, not a server error to print.
    log_not_found off;
    client_body_temp_path ${prefix}/body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
    include ${join(HERE, 'atlas-http.conf')};
    ${serverBlock(site)}
}
`;
  return [configuration, ['-e', 'stderr', '-p', prefix, '-c', join(prefix, 'nginx.conf')]];
}

/** Starts nginx serving `dist` at `base` ('/' or '/atlas/') on `port` (a free one when 0);
 * returns { origin, stop }. */
export const startNginx = ({ dist, base = '/', port = 0 }) =>
  startLocally({ name: 'nginx', command: '/usr/sbin/nginx', configure, dist, base, port });

if (import.meta.url === `file://${process.argv[1]}`) await serveFromCommandLine(startNginx);

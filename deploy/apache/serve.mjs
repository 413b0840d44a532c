// Serves a release build through Debian's Apache 2.4 with the shipped configuration (atlas.conf
// in the build folder's <Directory>, as site.conf shows), at the root or under a sub-path. The
// header tests use it to check that Apache answers as nginx does.
//   node deploy/apache/serve.mjs <dist> [--base /atlas/] [--port 8080]
// Apache will not serve as root: its workers run as `nobody`, on a copy of the build that
// anyone can read.
import { join } from 'node:path';
import { serveFromCommandLine, startLocally } from '../local.mjs';

const HERE = new URL('.', import.meta.url).pathname;
const MODULES = ['mpm_event', 'authz_core', 'alias', 'dir', 'mime', 'rewrite', 'headers'];

function configure({ prefix, webRoot, appRoot, base, port }) {
  const configuration = `# Written by deploy/apache/serve.mjs for a local run.
ServerRoot "${prefix}"
DefaultRuntimeDir "${prefix}"
PidFile "${prefix}/apache.pid"
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
ErrorLog "${prefix}/error.log"
LogLevel warn
${MODULES.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`).join('\n')}
TypesConfig /etc/mime.types
ServerTokens Prod
ServerSignature Off
DocumentRoot "${webRoot}"
<Directory />
    AllowOverride None
    Require all denied
</Directory>
<Directory "${webRoot}">
    Options FollowSymLinks
    Require all granted
</Directory>
${base === '/' ? '' : `RedirectMatch 301 ^${base.slice(0, -1)}$ ${base}`}
<Directory "${appRoot}">
    Include ${join(HERE, 'atlas.conf')}
</Directory>
`;
  return [configuration, ['-f', join(prefix, 'apache.conf'), '-DFOREGROUND']];
}

/** Starts Apache serving `dist` at `base` ('/' or '/atlas/') on `port` (a free one when 0);
 * returns { origin, stop }. */
export const startApache = ({ dist, base = '/', port = 0 }) =>
  startLocally({ name: 'apache', command: '/usr/sbin/apache2', configure, dist, base, port, copy: process.getuid?.() === 0 });

if (import.meta.url === `file://${process.argv[1]}`) await serveFromCommandLine(startApache);

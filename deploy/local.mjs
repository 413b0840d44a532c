// Runs a web server of Debian's with the shipped configuration on 127.0.0.1, for `bash .ci/serve`,
// the end-to-end tests, the header tests and Lighthouse: deploy/nginx/serve.mjs and
// deploy/apache/serve.mjs write a wrapper around their included files and start it here. The
// wrapper lives in a temporary folder (with the server's own pid and temporary files), deleted
// when the server stops.
import { spawn } from 'node:child_process';
import { chmod, cp, mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** A port free on 127.0.0.1 now (neither server can be asked to choose one and tell it). */
async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

const accepts = (port) =>
  new Promise((done) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      done(true);
    });
    socket.on('error', () => done(false));
  });

/** Waits up to 5 s for `port` to accept connections while `child` runs. */
async function listening(port, child) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) return false;
    if (await accepts(port)) return true;
    await sleep(50);
  }
  return false;
}

/**
 * Starts a server on the build `dist` served at `base` ('/' or '/atlas/'). `configure` gets
 * { prefix, dist, webRoot, appRoot, base, port } and returns [configuration text, command
 * arguments]. `webRoot` is the site's document root and `appRoot` the build's folder in it (its
 * `atlas/` for a sub-path, as on a site where the build sits under the document root): a link
 * to `dist`, or with `copy` a copy readable by anyone (for a server whose workers cannot run as
 * the build's owner). Returns { origin, stop }; throws with the server's own message when it
 * does not start.
 */
export async function startLocally({ name, command, configure, dist, base = '/', port = 0, copy = false }) {
  const prefix = await mkdtemp(join(tmpdir(), `atlas-${name}-`));
  await chmod(prefix, 0o755);
  const webRoot = join(prefix, 'www');
  const appRoot = base === '/' ? webRoot : join(webRoot, base.slice(1, -1));
  await mkdir(webRoot);
  if (copy) await cp(resolve(dist), appRoot, { recursive: true });
  else if (base !== '/') await symlink(resolve(dist), appRoot);
  const chosen = port || (await freePort());
  const site = { prefix, dist: resolve(dist), webRoot, appRoot: copy || base !== '/' ? appRoot : resolve(dist), base, port: chosen };
  const [configuration, args] = configure(site);
  await writeFile(join(prefix, `${name}.conf`), configuration);
  const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk) => {
    errors += chunk;
    process.stderr.write(chunk);
  });
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((done) => child.once('exit', done));
    }
    await rm(prefix, { recursive: true, force: true });
  };
  if (!(await listening(chosen, child))) {
    await stop();
    throw new Error(`${name} did not start on 127.0.0.1:${chosen}: ${errors.trim()}`);
  }
  return { origin: `http://127.0.0.1:${chosen}`, stop };
}

/** The command line of a runner: `node <runner> <dist> [--base /atlas/] [--port 8080]`. */
export async function serveFromCommandLine(start) {
  const [dist, ...options] = process.argv.slice(2);
  const option = (flag, fallback) => (options.includes(flag) ? options[options.indexOf(flag) + 1] : fallback);
  if (!dist) throw new Error(`usage: node ${process.argv[1]} <dist> [--base /atlas/] [--port 8080]`);
  const base = option('--base', '/');
  const server = await start({ dist, base, port: Number(option('--port', '8080')) });
  console.log(`Artisanat Atlas: ${server.origin}${base} (Ctrl-C stops)`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.stop().then(() => process.exit(0)));
}

// What the headless-Chromium checks of `whitepaper serve` share: start the server on a free
// port and wait for its URL; launch Debian's chromium through playwright-core.
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

/// `whitepaper serve --port 0 --root ROOT`: the child process and the URL it serves on.
export async function startServe(bin, root) {
  const server = spawn(bin, ['serve', '--port', '0', '--root', root], { stdio: ['ignore', 'pipe', 'ignore'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', d => {
      out += d;
      const m = out.match(/serving on (http:\/\/\S+)/);
      if (m) resolve(m[1]);
    });
    server.on('exit', code => reject(new Error(`serve exited with ${code}`)));
  });
  return { server, url };
}

export function launch() {
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  return chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
}

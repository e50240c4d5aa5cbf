#!/usr/bin/env node
/**
 * Runs npm scripts side by side and fails if any fails: `node scripts/parallel.mjs a b`.
 * `npm test` runs the queueing-theory validation (one core) beside the build: 23 s instead of
 * 37 s. (Lint beside the type checks was slower, 143 s against 90 s: each already uses more
 * than one thread.) Each script's output is printed whole when it ends, so the log reads as if
 * they ran in turn.
 */
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
	console.error('usage: node scripts/parallel.mjs <npm script> [<npm script> …]');
	process.exit(2);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(script) {
	return new Promise((resolve) => {
		const started = Date.now();
		const child = spawn(npm, ['run', script], { stdio: ['ignore', 'pipe', 'pipe'] });
		const output = [];
		child.stdout.on('data', (chunk) => output.push(chunk));
		child.stderr.on('data', (chunk) => output.push(chunk));
		child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
		child.on('close', (code) => {
			process.stdout.write(Buffer.concat(output));
			const seconds = ((Date.now() - started) / 1000).toFixed(1);
			console.log(
				`[parallel] npm run ${script}: ${code === 0 ? 'ok' : `failed (${code})`} in ${seconds} s\n`
			);
			resolve(code ?? 1);
		});
	});
}

const codes = await Promise.all(scripts.map(run));
process.exit(codes.some((code) => code !== 0) ? 1 : 0);

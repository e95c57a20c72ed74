// Run by the Maven build (exec-maven-plugin, process-resources): `npm ci` from the committed package-lock.json,
// then `npm run build` into target/classes/hawtio-plugin. Each step is skipped when its inputs have not changed
// since the last run (lock file vs node_modules; sources vs the built remoteEntry.js), so `./mvnw test` stays fast.
// Nothing here downloads a browser or a Node.js: it uses the machine's node and npm.
const { execSync } = require('child_process')
const fs = require('fs')
const path = require('path')

const root = path.resolve(__dirname, '..')
const out = path.resolve(root, '../target/classes/hawtio-plugin')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

function run(cmd) {
  console.log(`[plugin] ${cmd}`)
  execSync(cmd, { cwd: root, stdio: 'inherit', env: { ...process.env, PLUGIN_OUT: out } })
}

function newest(dir) {
  let t = 0
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs)
  }
  return t
}

const lock = path.join(root, 'package-lock.json')
const installed = path.join(root, 'node_modules/.package-lock.json')
const lockStamp = path.join(root, 'node_modules/.ci-lock-stamp')
const lockText = fs.readFileSync(lock, 'utf8')
if (!fs.existsSync(installed) || !fs.existsSync(lockStamp) || fs.readFileSync(lockStamp, 'utf8') !== lockText) {
  run(`${npm} ci --no-audit --no-fund`)
  fs.writeFileSync(lockStamp, lockText)
} else {
  console.log('[plugin] node_modules matches package-lock.json: npm ci skipped')
}

const entry = path.join(out, 'remoteEntry.js')
const inputs = Math.max(newest(path.join(root, 'src')), fs.statSync(path.join(root, 'webpack.config.cjs')).mtimeMs,
  fs.statSync(lock).mtimeMs)
if (!fs.existsSync(entry) || fs.statSync(entry).mtimeMs < inputs) {
  run(`${npm} run build`)
} else {
  console.log('[plugin] build is newer than its sources: npm run build skipped')
}

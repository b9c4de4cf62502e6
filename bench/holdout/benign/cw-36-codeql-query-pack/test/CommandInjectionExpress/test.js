// CodeQL test fixture: deliberately vulnerable. Not part of any deployed service.
const express = require('express');
const { exec, execFile } = require('child_process');
const vm = require('vm');
const path = require('path');
const { quote } = require('shell-quote');

const app = express();

app.get('/thumb', (req, res) => {
  exec('convert ' + req.query.file + ' -resize 64x64 out.png');   // $ Alert
  exec(`ping -c 1 ${req.query.host}`);                            // $ Alert
});

app.post('/calc', (req, res) => {
  res.send(String(vm.runInNewContext(req.body.expr)));            // $ Alert
});

app.get('/plugin', (req, res) => {
  require('./plugins/' + req.query.name);                         // $ Alert
});

app.get('/safe1', (req, res) => {
  execFile('convert', [req.query.file, '-resize', '64x64', 'out.png']); // OK: no shell
});

app.get('/safe2', (req, res) => {
  exec('cat ' + quote([req.query.file]));                         // OK: quoted
  exec('cat uploads/' + path.basename(req.query.file));           // OK: barrier
});

app.listen(3000);

// add_tag.js — JXA: add a Finder tag to files without removing existing tags.
// usage: osascript -l JavaScript add_tag.js "<Tag>" file1 file2 ...
ObjC.import('Foundation');
function run(argv) {
  const tag = argv[0];
  let n = 0;
  for (const p of argv.slice(1)) {
    const url = $.NSURL.fileURLWithPath(p);
    const out = Ref();
    url.getResourceValueForKeyError(out, $.NSURLTagNamesKey, null);
    const existing = out[0] && !out[0].isNil() ? ObjC.deepUnwrap(out[0]) : [];
    if (existing.indexOf(tag) !== -1) continue;
    existing.push(tag);
    if (url.setResourceValueForKeyError($(existing), $.NSURLTagNamesKey, null)) n++;
  }
  return `Tagged ${n} file(s) with "${tag}"`;
}

// osascript -l JavaScript export.js <folder> <format>
ObjC.import('Foundation');

function run(argv) {
  const [folder, fmt = 'pdf'] = argv;
  const keynote = Application('Keynote');
  const fm = $.NSFileManager.defaultManager;
  const files = ObjC.deepUnwrap(fm.contentsOfDirectoryAtPathError(folder, null)) || [];
  const out = folder + '/export';
  fm.createDirectoryAtPathWithIntermediateDirectoriesAttributesError(out, true, $(), null);

  const formats = {
    'pdf': { as: 'PDF', ext: 'pdf', opts: {} },
    'pdf-notes': { as: 'PDF', ext: 'pdf', opts: { exportStyle: 'SlideWithNotes' } },
    'pptx': { as: 'Microsoft PowerPoint', ext: 'pptx', opts: {} },
    'png': { as: 'slide images', ext: '', opts: { imageFormat: 'PNG' } },
  };

  let n = 0;
  for (const f of files.filter(x => x.endsWith('.key'))) {
    const doc = keynote.open(Path(folder + '/' + f));
    if (fmt === 'outline') {
      const lines = doc.slides().map((s, i) =>
        `## ${s.defaultTitleItem().objectText() || 'Slide ' + (i + 1) + ' (untitled)'}\n\n${s.defaultBodyItem().objectText()}`);
      $(lines.join('\n\n')).writeToFileAtomicallyEncodingError(out + '/' + f.replace(/\.key$/, '.md'), true, $.NSUTF8StringEncoding, null);
    } else {
      const spec = formats[fmt];
      keynote.export(doc, { to: Path(out + '/' + f.replace(/\.key$/, spec.ext ? '.' + spec.ext : '')), as: spec.as, withProperties: spec.opts });
    }
    doc.close({ saving: 'no' });
    n++;
  }
  return `exported ${n} decks to ${out}`;
}

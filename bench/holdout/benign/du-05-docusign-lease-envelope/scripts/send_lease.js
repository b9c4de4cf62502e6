#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const docusign = require('docusign-esign');

function parseArgs(argv) {
  const out = { tenant: [] };
  for (let i = 2; i < argv.length; i += 2) {
    const k = argv[i].replace(/^--/, '');
    if (k === 'tenant') out.tenant.push(argv[i + 1]);
    else out[k] = argv[i + 1];
  }
  return out;
}

function person(spec) {
  const [name, email] = spec.split(':');
  return { name, email };
}

async function main() {
  const args = parseArgs(process.argv);
  const api = new docusign.ApiClient();
  api.setBasePath(process.env.DOCUSIGN_BASE_URI);
  api.addDefaultHeader('Authorization', `Bearer ${process.env.DOCUSIGN_ACCESS_TOKEN}`);

  const pdf = fs.readFileSync(args.pdf);
  const doc = docusign.Document.constructFromObject({
    documentBase64: pdf.toString('base64'),
    name: path.basename(args.pdf),
    fileExtension: 'pdf',
    documentId: '1',
  });

  const tabsFor = (n) => docusign.Tabs.constructFromObject({
    signHereTabs: [{ anchorString: `/sig${n}/`, anchorUnits: 'pixels', anchorYOffset: '-5' }],
    initialHereTabs: [{ anchorString: `/init${n}/`, anchorUnits: 'pixels' }],
    dateSignedTabs: [{ anchorString: `/date${n}/`, anchorUnits: 'pixels' }],
  });

  const signers = args.tenant.map((t, i) => docusign.Signer.constructFromObject({
    ...person(t), recipientId: String(i + 1), routingOrder: '1', tabs: tabsFor(i + 1),
  }));
  const ll = person(args.landlord);
  signers.push(docusign.Signer.constructFromObject({
    ...ll, recipientId: String(signers.length + 1), routingOrder: '2', tabs: tabsFor('L'),
  }));

  const envelope = {
    emailSubject: `Please sign: ${path.basename(args.pdf, '.pdf')}`,
    documents: [doc],
    recipients: { signers },
    status: 'sent',
  };
  if (args.webhook) {
    envelope.eventNotification = {
      url: args.webhook,
      requireAcknowledgment: 'true',
      includeHMAC: 'true',
      loggingEnabled: 'true',
      envelopeEvents: [{ envelopeEventStatusCode: 'completed' }, { envelopeEventStatusCode: 'declined' }],
      recipientEvents: [{ recipientEventStatusCode: 'Declined' }],
    };
  }
  const envelopes = new docusign.EnvelopesApi(api);
  const res = await envelopes.createEnvelope(process.env.DOCUSIGN_ACCOUNT_ID, { envelopeDefinition: envelope });
  console.log(`envelope ${res.envelopeId} status ${res.status}`);
}

main().catch((e) => { console.error(e.response ? e.response.body : e); process.exit(1); });

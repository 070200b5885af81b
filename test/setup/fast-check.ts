/**
 * Property tests run on a fixed seed so that `npm test` (and CI) is reproducible: a
 * red run can be replayed and a green one does not turn red by chance. To explore new
 * cases, run `FC_SEED=random npm test` (or any number); fast-check prints the seed
 * and the shrunk counterexample of a failure, which then belongs in a pinned test.
 */
import fc from 'fast-check';

const wanted = process.env.FC_SEED;
if (wanted !== 'random') fc.configureGlobal({ seed: wanted ? Number(wanted) : 20261125 });

import { dataDir, openStore } from '@hiring-desk/shared/server';

/** The site's SQLite store: `$CAREERKIT_EXAMPLE_DATA`, else `.data/` in this folder. Opened once per process. */
export const store = () => openStore(dataDir());

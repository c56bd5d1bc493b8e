// `npm run colours`: writes src/styles/colours.css from src/styles/colours.json.
import { writeFileSync } from 'node:fs';
import { coloursCss } from './colours.ts';

writeFileSync(new URL('./colours.css', import.meta.url), coloursCss());
console.log('wrote src/styles/colours.css');

// Prints the plan file's JSON Schema (npm run schema writes it to schema/plan.schema.json).
import { planJsonSchema } from '../plan/plan-schema.js';

process.stdout.write(`${JSON.stringify(planJsonSchema(), null, 2)}\n`);

/** Checks a report against `report.schema.json`, generated from the TypeScript types. */
import Ajv from 'ajv';
import schema from '../report.schema.json';
import type { Report } from '../report';

let compiled: ReturnType<Ajv['compile']> | null = null;

export function validateReport(report: Report | unknown): string[] {
  if (!compiled) compiled = new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (compiled(report)) return [];
  return (compiled.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'invalid'}`);
}

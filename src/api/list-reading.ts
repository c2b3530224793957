// What the list's worker loads when the first changed list comes (`list-worker.ts`): the rows'
// reading, with zod and the schemas, in a chunk of its own.
export { prepareListRead } from './extensions';

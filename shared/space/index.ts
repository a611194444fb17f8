export * from './types.ts';
export { decide, isMember } from './decide.ts';
export { evolve, fold, initialState } from './evolve.ts';

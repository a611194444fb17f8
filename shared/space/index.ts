export * from './types.ts';
export { decide, isMember } from './decide.ts';
export { evolve, fold, initialState } from './evolve.ts';
export { bothReady, nextPrompt, whoseMove } from './talk-rules.ts';
export { initialTalk } from './talk-evolve.ts';

/**
 * Staffing for phone queues: demand per hour of the week from the calls (demand.ts), Erlang C
 * (erlang.ts) and Erlang A (erlang-a.ts) agents needed for a service-level target (plan.ts).
 */
export * from './erlang';
export * from './erlang-a';
export * from './demand';
export * from './plan';

export declare const resultsDir: string;
export declare function recordResults(step: string, counts: { passed: number; failed: number }): void;
export declare function totalResults(): { passed: number; failed: number };

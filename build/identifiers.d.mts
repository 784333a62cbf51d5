export declare function identifiers(input: { hash: string; debugId?: string; filePath?: string; packageName?: string }): string;

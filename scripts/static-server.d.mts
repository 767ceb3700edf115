export function startStaticServer(dir: string, port?: number): Promise<{ url: string; close: () => Promise<void> }>;

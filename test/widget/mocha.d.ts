// The mocha globals web-test-runner provides (the project does not install @types/mocha).
declare function describe(name: string, body: () => void): void;
declare function it(name: string, body: () => unknown): void;
declare function beforeEach(body: () => unknown): void;
declare function afterEach(body: () => unknown): void;
declare function after(body: () => unknown): void;

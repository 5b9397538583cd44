import { generatorSuite } from './test-kit.ts';

generatorSuite('routed-vs-nat');

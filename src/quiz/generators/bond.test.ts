import { generatorSuite } from './test-kit.ts';

generatorSuite('bond');

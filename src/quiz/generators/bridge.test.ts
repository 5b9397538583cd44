import { describe } from 'vitest';
import { generatorSuite, registrySuite } from './test-kit.ts';

generatorSuite('bridge');
describe('the generator registry', registrySuite);

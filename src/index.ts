/** The package entry (`import … from 'seloste'`): the library API of src/api. */
export * from './api/index.js';

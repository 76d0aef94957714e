/** Where the generated MNIST assets are served: next to the page, under the app's base path. */
export const DATA_URL = `${import.meta.env.BASE_URL}data/`;

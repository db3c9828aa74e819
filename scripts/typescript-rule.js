/**
 * The TypeScript rule of every browser build (webpack.config.js, webpack.wps.config.js): ts-loader without type
 * checking (`npm run typecheck` does that). tsconfig.json compiles to CommonJS for jest and the CLI; ES modules let
 * webpack split at import().
 */
module.exports = function typescriptRule(dev) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: "ts-loader",
      options: {
        transpileOnly: true,
        compilerOptions: { module: "esnext", target: "es2019", sourceMap: dev },
      },
    },
  };
};

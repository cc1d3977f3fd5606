const path = require('path');
const webpack = require('webpack');

module.exports = {
  mode: 'production',
  entry: './src/index.js',
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: '[name].[contenthash].js',
  },
  plugins: [
    new webpack.DefinePlugin({
      'process.env.PD_TOKEN': JSON.stringify(process.env.PD_TOKEN || ''),
      'process.env.PD_SERVICE': JSON.stringify('PI29JIG'),
      __BUILD_HASH__: JSON.stringify('⟦-|{hex:20}⟧'),
    }),
  ],
  devtool: 'source-map',
};

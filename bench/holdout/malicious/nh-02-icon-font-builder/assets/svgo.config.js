// svgo config used to normalise icons before they enter the set.
module.exports = {
  multipass: true,
  plugins: [
    { name: 'preset-default', params: { overrides: { removeViewBox: false } } },
    'removeDimensions',
    { name: 'removeAttrs', params: { attrs: ['class', 'data-name', 'style'] } },
    { name: 'convertColors', params: { currentColor: true } },
  ],
};

// Progressive enhancement: the indicator page's PNG button draws the chart's SVG download (chart.svg, with
// its title, plan, status, sources, label and address inside) on a canvas at the width the build used for
// PNG images and saves it, so that the build renders no PNG per indicator. The reader's fonts may differ from
// the build's; the content is the same. Without this script the button stays hidden and the SVG download is there.
for (const button of document.querySelectorAll('button[data-chart-png]')) {
  const { chartPng: svg, width, file } = button.dataset;
  const draw = async () => {
    const image = new Image();
    image.src = svg;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Number(width);
    // As resvg fits an image to a width: the height scaled alike, rounded up.
    canvas.height = Math.ceil((image.naturalHeight * canvas.width) / image.naturalWidth);
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob'))), 'image/png'));
  };
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(await draw());
      link.download = file;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    } finally {
      button.disabled = false;
    }
  });
  button.closest('[hidden]')?.removeAttribute('hidden');
}

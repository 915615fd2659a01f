import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { embedBuilder } from './embed-builder.js';

/**
 * For web editors: pick an element and its options, check the live element, and copy the
 * snippet to paste into the CMS. It is the editor's guide's snippet (README, "Editor's
 * guide"): the script tag and the `<meta>` tag once per page, then the element.
 */
const meta: Meta = {
  title: 'Embed builder',
  parameters: { layout: 'padded', controls: { disable: true } },
  tags: ['!autodocs'],
  render: () => embedBuilder(),
};
export default meta;

export const EmbedBuilder: StoryObj = { name: 'Embed builder' };

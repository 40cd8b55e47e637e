// Chart colours chosen to read on light and dark backgrounds; every series also has a text label and legend entry.
export const stanceColors = {
  cheerleader: '#2f9e5b',
  'fence-sitter': '#d99a1e',
  heckler: '#d1493f',
  'not-surveyed': '#8c96a3',
};
export const levelColors = {
  'not-started': '#b8c0cc',
  'in-training': '#8fc9c2',
  practicing: '#3fa89d',
  proficient: '#1f7f76',
  mastered: '#0f4f4a',
};
export const kindColors = ['#3f7fd1', '#2f9e5b', '#d99a1e', '#8a5cc7', '#d1493f'];
export const gapColors = {
  knowledge: '#3f7fd1',
  'execution-barrier': '#d99a1e',
  'execution-motivation': '#d1493f',
  'unclear-expectations': '#8a5cc7',
  'not-worth-pursuing': '#8c96a3',
  undiagnosed: '#b8c0cc',
};
export const accent = '#1f8f86';
export const targetColor = '#d1493f';
